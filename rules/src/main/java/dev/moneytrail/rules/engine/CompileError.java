package dev.moneytrail.rules.engine;

/**
 * One problem that stops a rule package from being used: a DRL compile error, a bad metadata
 * value, a parameter that is undeclared, unread, mistyped or out of range.
 *
 * @param path package-relative file the problem is in; {@code parameters} for a problem with a
 *     value in force, empty when it belongs to no file
 * @param line 1-based line, or 0 when unknown
 * @param message what is wrong, in words an FIU rule author can act on
 */
public record CompileError(String path, int line, String message) {

  public CompileError {
    path = path == null ? "" : path;
    message = message == null ? "" : message;
  }

  /** {@code path:line: message}, the form editors and CI logs link from. */
  @Override
  public String toString() {
    if (path.isEmpty()) {
      return message;
    }
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
