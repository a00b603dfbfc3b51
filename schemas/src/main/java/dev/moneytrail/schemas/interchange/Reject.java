package dev.moneytrail.schemas.interchange;

/**
 * One refused line of an interchange file, with enough to find and fix it.
 *
 * @param file file name as read, e.g. {@code transactions.jsonl.gz}
 * @param line 1-based physical line number (blank lines count)
 * @param field the first offending field, or {@code null} when the line as a whole is at fault
 * @param reason every problem found on the line; when there are several, each names its field
 * @param raw the line exactly as read
 */
public record Reject(String file, long line, String field, String reason, String raw) {

  /** A one-line description for logs and consoles: {@code file:line field: reason}. */
  public String describe() {
    return file + ":" + line + " " + (field == null ? "" : field + ": ") + reason;
  }
}
