package dk.aarshjul.deadline;

import dk.aarshjul.deadline.TaskDeadlineService.TaskFacts;

/** The Danish texts of the task mails. */
final class TaskMails {

  private TaskMails() {}

  static String newTask(TaskFacts facts) {
    return "Hej\n\nDu har fået en ny opgave i Årshjul.\n\n"
        + details(facts)
        + "\nÅbn opgaven i Tasklist:\n"
        + facts.link()
        + "\n\n"
        + "Opgaven er sendt til "
        + String.join(", ", facts.candidateGroupNames())
        + ". Den, der tager opgaven i Tasklist, løser den.\n"
        + signature();
  }

  static String reminder(TaskFacts facts) {
    return "Hej\n\nPåmindelse: opgaven nedenfor skal være løst senest "
        + facts.dueDate()
        + ".\n\n"
        + details(facts)
        + "\nÅbn opgaven i Tasklist:\n"
        + facts.link()
        + "\n"
        + signature();
  }

  static String escalation(TaskFacts facts, String escalatedTo) {
    return "Hej\n\nOpgaven nedenfor skulle have været løst senest "
        + facts.dueDate()
        + " og er ikke løst endnu. Den er eskaleret til "
        + escalatedTo
        + ".\n\n"
        + details(facts)
        + "Opgaven ligger hos: "
        + String.join(", ", facts.candidateGroupNames())
        + "\n"
        + "\nSe opgaven i Tasklist (filtret \"Eskalerede opgaver\"):\n"
        + facts.link()
        + "\n"
        + signature();
  }

  private static String details(TaskFacts facts) {
    StringBuilder text = new StringBuilder();
    text.append("Opgave: ").append(facts.task().getName()).append('\n');
    facts.unitName().ifPresent(unit -> text.append("Enhed: ").append(unit).append('\n'));
    if (facts.businessKey() != null) {
      text.append("Sag: ").append(facts.businessKey()).append('\n');
    }
    text.append("Frist: ").append(facts.dueDate()).append('\n');
    return text.toString();
  }

  private static String signature() {
    return "\nVenlig hilsen\nÅrshjul\n";
  }
}
