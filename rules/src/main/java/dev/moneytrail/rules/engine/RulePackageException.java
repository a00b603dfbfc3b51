package dev.moneytrail.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule package that cannot be used: it does not compile, or its metadata or parameters are
 * invalid. Carries every problem found, not just the first, so an author fixes them in one pass.
 */
public final class RulePackageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<CompileError> errors;

  public RulePackageException(String what, List<CompileError> errors) {
    super(what + ":\n  " + errors.stream().map(CompileError::toString)
        .collect(Collectors.joining("\n  ")));
    this.errors = List.copyOf(errors);
  }

  /** Every problem, in file and line order. */
  public List<CompileError> errors() {
    return errors;
  }
}
