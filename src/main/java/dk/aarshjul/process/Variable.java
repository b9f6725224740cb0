package dk.aarshjul.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable declared once with its name and type, and read one way: {@link #get} for what
 * a model or block passed (a missing or mistyped value is an error of the model), {@link #raw} for
 * what a user or client submitted (unchecked: the block's service validates it and answers in
 * Danish).
 */
public record Variable<T>(String name, Class<T> type) {

  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, Integer.class);
  }

  public static Variable<Long> id(String name) {
    return new Variable<>(name, Long.class);
  }

  public static Variable<String> text(String name) {
    return new Variable<>(name, String.class);
  }

  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Boolean.class);
  }

  /** The value (whole numbers of any integer type as this variable's type). */
  public T get(VariableScope scope) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("Procesvariablen " + name + " mangler");
    }
    return convert(value);
  }

  /** The value as submitted, not checked. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  private T convert(Object value) {
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    if (value instanceof Number number && number.doubleValue() == number.longValue()) {
      if (type == Integer.class && number.longValue() == number.intValue()) {
        return type.cast(number.intValue());
      }
      if (type == Long.class) {
        return type.cast(number.longValue());
      }
    }
    throw new IllegalStateException(
        "Procesvariablen "
            + name
            + " skal være "
            + type.getSimpleName()
            + ", er "
            + value.getClass().getSimpleName());
  }
}
