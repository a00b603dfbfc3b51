package dev.moneytrail.schemas.interchange;

/**
 * What reading one interchange file gave.
 *
 * @param file file name as read
 * @param read non-blank lines read
 * @param accepted lines passed on
 * @param rejected lines sent to the reject sink; {@code read == accepted + rejected}
 */
public record FileCounts(String file, long read, long accepted, long rejected) {

  @Override
  public String toString() {
    return file + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
  }
}
