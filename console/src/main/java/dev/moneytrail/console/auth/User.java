package dev.moneytrail.console.auth;

import java.util.Set;

/** An authenticated console user. */
public record User(String username, String displayName, Set<Role> roles) {

  public User {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
