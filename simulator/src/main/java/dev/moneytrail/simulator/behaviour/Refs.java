package dev.moneytrail.simulator.behaviour;

import java.time.LocalDate;
import java.util.Locale;

/** Fills payment reference templates: {MM}, {YYYY}, {YY}, {MON}, {DD}, {WW} (ISO week), {N}. */
public final class Refs {

  private Refs() {}

  public static String fill(String template, LocalDate date, long n) {
    if (template == null || template.indexOf('{') < 0) {
      return template;
    }
    String mm = (date.getMonthValue() < 10 ? "0" : "") + date.getMonthValue();
    String dd = (date.getDayOfMonth() < 10 ? "0" : "") + date.getDayOfMonth();
    return template
        .replace("{MM}", mm)
        .replace("{DD}", dd)
        .replace("{YYYY}", Integer.toString(date.getYear()))
        .replace("{YY}", Integer.toString(date.getYear() % 100))
        .replace("{MON}", date.getMonth().toString().substring(0, 3).toUpperCase(Locale.ROOT))
        .replace("{WW}", Integer.toString(date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
        .replace("{N}", Long.toString(n));
  }
}
