package dev.moneytrail.console.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
    String a = PasswordHasher.hash("correct horse".toCharArray(), 1_000);
    String b = PasswordHasher.hash("correct horse".toCharArray(), 1_000);
    assertNotEquals(a, b, "random salt");
    assertTrue(a.startsWith("pbkdf2-sha256$1000$"));
    assertTrue(PasswordHasher.verify("correct horse".toCharArray(), a));
    assertFalse(PasswordHasher.verify("correct horsE".toCharArray(), a));
    assertFalse(PasswordHasher.verify("correct horse".toCharArray(), "plain-text"));
    assertFalse(PasswordHasher.verify("x".toCharArray(), null));
  }
}
