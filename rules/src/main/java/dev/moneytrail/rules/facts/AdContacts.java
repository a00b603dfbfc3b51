package dev.moneytrail.rules.facts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash a customer's contact details are matched by against the ad-contact data set (I4,
 * reference/ad-contacts.csv): contacts are compared as SHA-256 hashes so the bank never needs the
 * ads' clear-text contacts, nor the vendor the bank's.
 */
public final class AdContacts {

  /** Lower-case hex SHA-256 of the UTF-8 value (a normalised E.164 phone or lower-case e-mail). */
  public static String sha256(String value) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private AdContacts() {}
}
