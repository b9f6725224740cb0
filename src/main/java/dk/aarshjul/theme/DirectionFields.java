package dk.aarshjul.theme;

import dk.aarshjul.process.FormField;

/**
 * The fields of a committee's direction (Hvidovre): its material and meeting (step 1) and its
 * political beacons. Declared once: the services read their limits from here; the model that shows
 * them in its forms lists them per form (FormFieldsTest).
 */
public final class DirectionFields {

  public static final FormField TRENDS =
      FormField.requiredText("trends", "Viden og trends på området", 4000);
  public static final FormField SATISFACTION =
      FormField.optionalText("satisfaction", "Tilfredshedsmålinger", 4000);
  public static final FormField DOCUMENTATION =
      FormField.optionalText("documentation", "Dokumentation", 4000);
  public static final FormField KEY_FIGURES =
      FormField.requiredText("keyFigures", "Nøgletal", 4000);
  public static final FormField MEETING_DATE =
      FormField.choice("meetingDate", "Dato for udvalgsmødet", true);
  public static final FormField DECISIONS =
      FormField.requiredText("decisions", "Udvalgets drøftelse og beslutninger", 4000);

  public static final FormField BEACON_TITLE = FormField.requiredText("title", "Pejlemærke", 200);
  public static final FormField BEACON_DESCRIPTION =
      FormField.optionalText("description", "Uddybning", 2000);

  public static final FormField BEACON_COMMENT =
      FormField.optionalText("comment", "Kommentar til administrationen", 4000);

  public static final FormField FOLLOW_UP_REMARKS =
      FormField.requiredText("followUpRemarks", "Udvalgets drøftelse af opfølgningen", 4000);

  /** The list of beacons in the draft form. */
  public static final String BEACONS = "beacons";

  /** At most this many beacons per committee: few, so they can steer. */
  public static final int MAX_BEACONS = 8;

  private DirectionFields() {}
}
