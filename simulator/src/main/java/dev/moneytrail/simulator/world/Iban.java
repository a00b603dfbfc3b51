package dev.moneytrail.simulator.world;

import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Builds IBANs with valid ISO 13616 check digits, so account ids look and validate like a bank's.
 *
 * <p>A BBAN pattern uses {@code 9} for a digit and {@code A} for an upper-case letter; the simulator
 * fills it from a random stream or from a fixed account number.
 */
public final class Iban {

  private Iban() {}

  /** An IBAN for a country and a complete BBAN (bank code + account number, no spaces). */
  public static String of(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder digits = new StringBuilder(rearranged.length() * 2);
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        digits.append(c);
      }
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + (check < 10 ? "0" + check : Integer.toString(check)) + bban;
  }

  /** Whether an IBAN's check digits are right (used by tests). */
  public static boolean valid(String iban) {
    if (iban == null || iban.length() < 5) {
      return false;
    }
    return of(iban.substring(0, 2), iban.substring(4)).equals(iban);
  }

  /** Fills a BBAN pattern ({@code 9} digit, {@code A} letter, anything else literal). */
  public static String fill(String pattern, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '9') {
        sb.append((char) ('0' + rng.nextInt(10)));
      } else if (c == 'A') {
        sb.append((char) ('A' + rng.nextInt(26)));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Left-pads a number with zeros to a width. */
  public static String digits(long n, int width) {
    String s = Long.toString(n);
    if (s.length() >= width) {
      return s.substring(s.length() - width);
    }
    return "0".repeat(width - s.length()) + s;
  }
}
