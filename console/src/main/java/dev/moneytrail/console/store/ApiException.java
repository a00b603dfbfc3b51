package dev.moneytrail.console.store;

/**
 * A refusal the user should read: bad input (400), not allowed (403), not found (404), a workflow
 * conflict (409). The message is shown as is, so it never carries internals or a stack trace.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, message);
  }
}
