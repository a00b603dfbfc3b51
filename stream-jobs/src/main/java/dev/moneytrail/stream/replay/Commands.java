package dev.moneytrail.stream.replay;

import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Runs a command-line tool of this module: picocli parsing, and any failure turned into one line
 * on stderr with exit code 1 (a missing file named as such), never a stack trace.
 */
public final class Commands {

  public static void run(String name, Object command, String[] args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      String message = e instanceof NoSuchFileException nsf
          ? "no such file: " + nsf.getFile() + (nsf.getReason() == null ? "" : " (" + nsf.getReason() + ")")
          : e.getMessage();
      cmd.getErr().println(name + ": " + message);
      return 1;
    });
    System.exit(cli.execute(args));
  }

  private Commands() {}
}
