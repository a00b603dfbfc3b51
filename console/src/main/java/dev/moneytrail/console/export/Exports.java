package dev.moneytrail.console.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moneytrail.console.auth.User;
import dev.moneytrail.console.store.Json;
import dev.moneytrail.console.store.Network;
import dev.moneytrail.console.store.Network.Party;
import dev.moneytrail.console.store.Network.PartyRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two documents that leave the console: a SAR/STR draft (narrative skeleton of
 * indicators.md 7.2) and an asset-confiscation referral pack (7.3), both built only from what the
 * case file holds. Where the console does not hold a figure the FIU wants (balances, KYC
 * identifiers, per-transaction amounts), the document says so and names where to get it, rather
 * than leaving a silent gap.
 */
public final class Exports {

  /** Filing conventions (indicators.md 7.1). */
  public enum Template { US, UK, CA, AU, GENERIC }

  /** A generated document: its JSON form, and whether it is final (approved referral). */
  public record Document(String title, ObjectNode json, boolean isFinal) {}

  /** The FinCEN key term for FIN-2020-A008 cases (SAR field 2 and the narrative). */
  public static final String FINCEN_KEY_TERM = "HUMAN TRAFFICKING FIN-2020-A008";

  private static final BigDecimal ILO_2024_PER_VICTIM_YEAR = new BigDecimal("10000");
  private static final BigDecimal ILO_2024_CSE_PER_VICTIM_YEAR = new BigDecimal("27250");

  private Exports() {}

  // ------------------------------------------------------------------ SAR

  public static Document sarDraft(ObjectNode detail, Template template, User by, Instant now) {
    JsonNode a = detail.path("alert");
    Network net = Network.of(a);
    ObjectNode d = Json.object();
    d.put("document", "SAR/STR draft");
    d.put("status", "DRAFT: generated for analyst completion; not filed");
    d.put("template", template.name());
    d.put("generated_at", now.toString());
    d.put("generated_by", by.username());
    ObjectNode filing = d.putObject("filing");
    switch (template) {
      case US -> {
        filing.put("filing_institution_note_field_2", FINCEN_KEY_TERM);
        filing.put("suspicious_activity_category", "38(h) Human trafficking");
        filing.put("advisory", "FinCEN FIN-2020-A008 (and FIN-2014-A008 terms where smuggling is suspected)");
        filing.put("subjects_rule", "Suspected victims are not listed as subjects; their details go in the narrative only.");
      }
      case UK -> {
        filing.put("glossary_code", "XXMSHTXX (verify against the current NCA SAR glossary)");
        filing.put("subjects_rule", "State for each party whether a suspected offender or victim; give exact dates and all identifiers.");
      }
      case CA -> filing.put("keyword", "#ProjectProtect (verify against FINTRAC-2021-OA001)");
      case AU -> filing.put("note", "Apply enhanced CDD first, then file an SMR; combine indicators.");
      case GENERIC -> filing.put("note", "No jurisdiction-specific terms applied.");
    }
    d.set("alert", alertSummary(a, detail));
    d.set("referral_state", referralState(detail));

    ObjectNode n = d.putObject("narrative");
    ArrayNode trigger = n.putArray("trigger_summary");
    Map<String, ObjectNode> byRule = new LinkedHashMap<>();
    for (JsonNode h : a.path("hits")) {
      String ref = h.path("rule_id").asText() + "@" + h.path("rule_version").asInt();
      ObjectNode t = byRule.computeIfAbsent(ref, k -> {
        ObjectNode o = trigger.addObject();
        o.put("rule", k);
        o.put("severity", h.path("severity").asText());
        o.put("published_indicator", h.path("source").asText());
        o.put("hits", 0);
        o.put("first_fired_at", h.path("fired_at").asText());
        return o;
      });
      t.put("hits", t.path("hits").asInt() + 1);
      t.put("last_fired_at", h.path("fired_at").asText());
      t.put("latest_finding", h.path("detail").asText());
    }

    ObjectNode parties = n.putObject("parties");
    ArrayNode subjects = parties.putArray("subjects");
    ArrayNode victims = parties.putArray("suspected_victims");
    for (Party p : net.parties()) {
      ObjectNode o = (p.suspectedVictim() ? victims : subjects).addObject();
      o.put("account_id", p.accountId());
      ArrayNode roles = o.putArray("roles");
      p.roles().forEach(r -> roles.add(r.name()));
      o.put("role_confidence", p.confidence(net.mentions(p.accountId())));
      ArrayNode rules = o.putArray("named_by");
      p.rules().forEach(rules::add);
      if (p.suspectedVictim()) {
        o.put("note", "Suspected victim: kept out of the subject list; described in the narrative only.");
      }
    }
    ArrayNode ids = parties.putArray("identifiers_from_evidence");
    for (JsonNode h : a.path("hits")) {
      JsonNode f = h.path("features");
      if (f.has("device")) {
        ids.add("device " + f.path("device").asText());
      }
      if (f.has("kind") && f.has("value")) {
        ids.add(f.path("kind").asText().toLowerCase() + " " + f.path("value").asText());
      }
    }
    dedupe(ids);
    parties.put("kyc_identifiers", "Not held by the console: add ID numbers, dates of birth,"
        + " phones, e-mails, addresses, devices, IPs, UBOs, directors and introducers from KYC.");

    ObjectNode flows = n.putObject("flows");
    ArrayNode txns = flows.putArray("transactions");
    Map<String, Set<String>> txnRules = new LinkedHashMap<>();
    Map<String, String> txnFirst = new LinkedHashMap<>();
    for (JsonNode h : a.path("hits")) {
      String ref = h.path("rule_id").asText() + "@" + h.path("rule_version").asInt();
      for (JsonNode t : h.path("txn_ids")) {
        txnRules.computeIfAbsent(t.asText(), k -> new LinkedHashSet<>()).add(ref);
        txnFirst.putIfAbsent(t.asText(), h.path("fired_at").asText());
      }
    }
    for (JsonNode t : a.path("txn_ids")) {
      txnRules.computeIfAbsent(t.asText(), k -> new LinkedHashSet<>());
    }
    txnRules.forEach((id, rules) -> {
      ObjectNode o = txns.addObject();
      o.put("txn_id", id);
      ArrayNode rs = o.putArray("evidence_for");
      rules.forEach(rs::add);
      o.put("first_cited_at", txnFirst.get(id));
    });
    flows.put("transaction_details", "The alert carries transaction ids, not their details:"
        + " add time, amount, currency, channel, counterparty, location and device for each id"
        + " from core banking.");
    ArrayNode aggregates = flows.putArray("aggregates_from_rules");
    for (JsonNode h : a.path("hits")) {
      Iterator<Map.Entry<String, JsonNode>> it = h.path("features").fields();
      while (it.hasNext()) {
        var e = it.next();
        if (e.getKey().startsWith("total")) {
          aggregates.addObject().put("rule", h.path("rule_id").asText())
              .put("fired_at", h.path("fired_at").asText()).put("figure", e.getKey())
              .put("value", e.getValue().asText());
        }
      }
    }
    ArrayNode edges = flows.putArray("graph");
    for (Network.Edge e : net.edges()) {
      edges.addObject().put("from", e.from()).put("to", e.to()).put("kind", e.kind())
          .put("label", e.label()).put("rule", e.ruleId());
    }

    ArrayNode obs = n.putArray("behavioural_observations");
    for (JsonNode note : detail.path("notes")) {
      obs.addObject().put("by", note.path("author").asText()).put("at", note.path("created_at").asText())
          .put("observation", note.path("body").asText());
    }

    ArrayNode why = n.putArray("why_suspicious");
    for (JsonNode h : a.path("hits")) {
      ObjectNode o = why.addObject();
      o.put("rule", h.path("rule_id").asText() + "@" + h.path("rule_version").asInt());
      o.put("fired_at", h.path("fired_at").asText());
      o.put("finding", h.path("detail").asText());
      o.set("figures", h.path("features"));
      o.set("thresholds", h.path("parameters"));
    }
    n.put("explanation", a.path("explanation").asText());

    ObjectNode urgency = n.putObject("urgency");
    urgency.put("last_activity", a.path("window_end").asText());
    long days = Duration.between(Instant.parse(a.path("window_end").asText()), now).toDays();
    urgency.put("days_since_last_activity", days);
    boolean victimsPresent = !victims.isEmpty();
    urgency.put("victim_safety_flag", victimsPresent);
    urgency.put("guidance", victimsPresent
        ? "Suspected victims named: if there are signs of ongoing coercion or minors, contact law"
          + " enforcement directly alongside this report. Do not close the victims' accounts"
          + " (tipping-off and victim-safety risk, indicators.md 9.5)."
        : "No suspected victims named by the rules; assess urgency from the activity dates.");

    d.put("narrative_text", narrativeText(template, a, subjects, victims, trigger, txnRules.size(), urgency));
    return new Document("SAR/STR draft " + a.path("alert_id").asText(), d, false);
  }

  private static String narrativeText(Template template, JsonNode a, ArrayNode subjects,
      ArrayNode victims, ArrayNode trigger, int txnCount, ObjectNode urgency) {
    StringBuilder s = new StringBuilder();
    if (template == Template.US) {
      s.append(FINCEN_KEY_TERM).append(". ");
    }
    s.append("Automated screening (rule package ").append(a.path("rule_package").asText())
        .append(") raised alert ").append(a.path("alert_id").asText()).append(" (revision ")
        .append(a.path("revision").asInt()).append(", typology ").append(a.path("typology").asText())
        .append(", severity ").append(a.path("severity").asText()).append(") for activity between ")
        .append(a.path("window_start").asText()).append(" and ").append(a.path("window_end").asText())
        .append(". Indicators: ");
    for (int i = 0; i < trigger.size(); i++) {
      JsonNode t = trigger.get(i);
      s.append(i > 0 ? "; " : "").append(t.path("rule").asText()).append(" (")
          .append(t.path("published_indicator").asText()).append(")");
    }
    s.append(". Subjects: ");
    appendAccounts(s, subjects);
    s.append(". ");
    if (!victims.isEmpty()) {
      s.append("Suspected victims (not listed as subjects): ");
      appendAccounts(s, victims);
      s.append(". ");
    }
    s.append("The evidence rests on ").append(txnCount).append(" transactions listed below. ")
        .append(urgency.path("guidance").asText());
    return s.toString();
  }

  private static void appendAccounts(StringBuilder s, ArrayNode parties) {
    if (parties.isEmpty()) {
      s.append("none identified");
    }
    for (int i = 0; i < parties.size(); i++) {
      JsonNode p = parties.get(i);
      s.append(i > 0 ? ", " : "").append(p.path("account_id").asText()).append(" (")
          .append(p.path("roles").get(0).asText().toLowerCase().replace('_', ' ')).append(")");
    }
  }

  // ------------------------------------------------------------------ referral pack

  public static Document referralPack(ObjectNode detail, User by, Instant now) {
    JsonNode a = detail.path("alert");
    Network net = Network.of(a);
    ObjectNode state = referralState(detail);
    boolean fin = "APPROVED".equals(state.path("review_state").asText());
    ObjectNode d = Json.object();
    d.put("document", "Asset-confiscation referral pack");
    d.put("status", fin ? "FINAL: referral approved by " + state.path("reviewed_by").asText()
        + " at " + state.path("reviewed_at").asText()
        : "DRAFT: not final until a supervisor other than the proposer approves the referral");
    d.put("generated_at", now.toString());
    d.put("generated_by", by.username());
    d.set("alert", alertSummary(a, detail));
    d.set("referral_state", state);

    ArrayNode accounts = d.putArray("accounts");
    for (Party p : net.parties()) {
      ObjectNode o = accounts.addObject();
      o.put("account_id", p.accountId());
      o.put("country", country(p.accountId()));
      ArrayNode roles = o.putArray("roles");
      p.roles().forEach(r -> roles.add(r.name()));
      o.putNull("current_balance");
      o.put("balance_source", "request current balance, balance history, signatories, credit"
          + " lines and safe-deposit boxes from core banking");
    }
    ArrayNode beneficiaries = d.putArray("beneficiary_accounts");
    Set<String> receivers = new LinkedHashSet<>();
    for (Network.Edge e : net.edges()) {
      if (e.kind().equals("money")) {
        net.parties().stream().filter(p -> p.accountId().equals(e.to())
                && p.roles().contains(PartyRole.SUSPECTED_CONTROLLER))
            .forEach(p -> receivers.add(p.accountId()));
      }
    }
    for (String r : receivers) {
      beneficiaries.addObject().put("account_id", r).put("country", country(r))
          .put("why", "receives funds extracted from suspected victims");
    }
    ObjectNode assets = d.putObject("asset_acquisitions");
    assets.putArray("identified");
    assets.put("note", "The screening rules do not look for asset purchases yet: search the"
        + " subjects' outflows for conveyancers, mortgages, vehicles, luxury goods and crypto"
        + " exchanges, including assets held by relatives and associates.");

    ObjectNode proceeds = d.putObject("proceeds_estimate");
    JsonNode pe = a.path("proceeds_estimate");
    if (pe.isObject()) {
      proceeds.put("amount", pe.path("amount").asText());
      proceeds.put("currency", pe.path("currency").asText());
      proceeds.put("method", pe.path("method").asText());
      proceeds.put("confidence", pe.path("confidence").asText());
    } else {
      proceeds.putNull("amount");
      proceeds.put("method", "not estimated by the screening engine for this alert");
    }
    proceeds.put("span_start", a.path("window_start").asText());
    proceeds.put("span_end", a.path("window_end").asText());
    long victims = net.parties().stream().filter(Party::suspectedVictim).count();
    ObjectNode band = proceeds.putObject("plausibility_band");
    Duration span = Duration.between(Instant.parse(a.path("window_start").asText()),
        Instant.parse(a.path("window_end").asText()));
    BigDecimal years = BigDecimal.valueOf(Math.max(span.toDays(), 1))
        .divide(BigDecimal.valueOf(365), 4, RoundingMode.HALF_UP);
    boolean cse = a.path("typology").asText().toLowerCase().contains("sex");
    BigDecimal rate = cse ? ILO_2024_CSE_PER_VICTIM_YEAR : ILO_2024_PER_VICTIM_YEAR;
    band.put("suspected_victims", victims);
    band.put("years", years);
    band.put("usd_per_victim_year", rate);
    band.put("usd", rate.multiply(years).multiply(BigDecimal.valueOf(victims))
        .setScale(0, RoundingMode.HALF_UP));
    band.put("note", "ILO 2024 average illegal profit per victim per year; a plausibility check,"
        + " not evidence (indicators.md 6.3 point 3)");
    ArrayNode figures = proceeds.putArray("figures_from_rules");
    for (JsonNode h : a.path("hits")) {
      Iterator<Map.Entry<String, JsonNode>> it = h.path("features").fields();
      while (it.hasNext()) {
        var e = it.next();
        if (e.getKey().startsWith("total")) {
          figures.addObject().put("rule", h.path("rule_id").asText())
              .put("fired_at", h.path("fired_at").asText()).put("figure", e.getKey())
              .put("value", e.getValue().asText());
        }
      }
    }

    ArrayNode affected = d.putArray("victims_affected");
    net.parties().stream().filter(Party::suspectedVictim)
        .forEach(p -> affected.addObject().put("account_id", p.accountId())
            .put("note", "for compensation orders; do not close the account"));

    ObjectNode timeline = d.putObject("timeline");
    timeline.put("first_suspicious_activity", a.path("window_start").asText());
    timeline.put("last_suspicious_activity", a.path("window_end").asText());
    ArrayNode events = timeline.putArray("events");
    for (JsonNode h : a.path("hits")) {
      events.addObject().put("at", h.path("fired_at").asText())
          .put("rule", h.path("rule_id").asText()).put("finding", h.path("detail").asText());
    }
    timeline.put("dissipation_risk", "unknown to the console: check outflows and account"
        + " closures after " + a.path("window_end").asText() + "; freeze early");

    ArrayNode chain = d.putArray("corporate_chain");
    net.parties().stream().filter(p -> p.roles().contains(PartyRole.EMPLOYER))
        .forEach(p -> chain.addObject().put("account_id", p.accountId()).put("role", "employer")
            .put("to_complete", "UBOs, directors, licence status, subcontractors"));
    ArrayNode txns = d.putArray("evidence_txn_ids");
    a.path("txn_ids").forEach(t -> txns.add(t.asText()));
    return new Document("Asset-confiscation referral pack " + a.path("alert_id").asText(), d, fin);
  }

  // ------------------------------------------------------------------ shared

  private static ObjectNode alertSummary(JsonNode a, ObjectNode detail) {
    ObjectNode o = Json.object();
    for (String f : List.of("alert_id", "revision", "typology", "severity", "score",
        "subject_account_id", "window_start", "window_end", "rule_package")) {
      o.set(f, a.path(f));
    }
    o.set("rule_ids", a.path("rule_ids"));
    o.put("status", detail.path("status").asText());
    return o;
  }

  private static ObjectNode referralState(ObjectNode detail) {
    ObjectNode o = Json.object();
    JsonNode last = null;
    for (JsonNode disp : detail.path("dispositions")) {
      if ("TRUE_POSITIVE".equals(disp.path("outcome").asText())) {
        last = disp;
      }
    }
    if (last == null) {
      o.put("review_state", "NO_REFERRAL_PROPOSED");
      return o;
    }
    o.put("proposed_by", last.path("decided_by").asText());
    o.put("proposed_at", last.path("decided_at").asText());
    o.put("reason", last.path("reason").asText());
    o.put("review_state", last.path("review_state").asText());
    o.set("reviewed_by", last.path("reviewed_by"));
    o.set("reviewed_at", last.path("reviewed_at"));
    return o;
  }

  /** ISO country of an IBAN-looking account id, else "unknown". */
  static String country(String accountId) {
    return accountId.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}") ? accountId.substring(0, 2) : "unknown";
  }

  private static void dedupe(ArrayNode a) {
    Set<String> seen = new LinkedHashSet<>();
    a.forEach(x -> seen.add(x.asText()));
    a.removeAll();
    seen.forEach(a::add);
  }

  public static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ printable HTML

  /** A printable, script-free HTML rendering of a document; every value is escaped. */
  public static String html(Document doc) {
    StringBuilder s = new StringBuilder(16_384);
    s.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(doc.title())).append("</title><style>")
        .append("body{font:13px/1.45 system-ui,sans-serif;margin:2em;color:#111}")
        .append("h1{font-size:20px}h2{font-size:15px;margin-top:1.4em;border-bottom:1px solid #999}")
        .append("table{border-collapse:collapse;margin:.3em 0;width:100%}")
        .append("td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top;text-align:left}")
        .append("th{background:#eee;width:22%}.banner{padding:.6em;border:2px solid #a00;color:#a00;font-weight:bold}")
        .append(".final{border-color:#060;color:#060}.narr{white-space:pre-wrap;border:1px solid #999;padding:.8em}")
        .append("@media print{body{margin:1cm}}</style></head><body>");
    s.append("<h1>").append(esc(doc.title())).append("</h1>");
    s.append("<p class=\"banner").append(doc.isFinal() ? " final" : "").append("\">")
        .append(esc(doc.json().path("status").asText())).append("</p>");
    if (doc.json().has("narrative_text")) {
      s.append("<h2>Narrative</h2><p class=\"narr\">")
          .append(esc(doc.json().path("narrative_text").asText())).append("</p>");
    }
    Iterator<Map.Entry<String, JsonNode>> it = doc.json().fields();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().equals("status") || e.getKey().equals("narrative_text")
          || e.getKey().equals("document")) {
        continue;
      }
      s.append("<h2>").append(esc(title(e.getKey()))).append("</h2>");
      render(s, e.getValue());
    }
    s.append("</body></html>");
    return s.toString();
  }

  private static void render(StringBuilder s, JsonNode v) {
    if (v.isObject()) {
      s.append("<table>");
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        var e = it.next();
        s.append("<tr><th>").append(esc(title(e.getKey()))).append("</th><td>");
        render(s, e.getValue());
        s.append("</td></tr>");
      }
      s.append("</table>");
    } else if (v.isArray()) {
      if (v.isEmpty()) {
        s.append("<em>none</em>");
        return;
      }
      boolean scalars = true;
      for (JsonNode x : v) {
        scalars &= !x.isContainerNode();
      }
      if (scalars) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode x : v) {
          joined.append(joined.length() > 0 ? ", " : "").append(x.asText());
        }
        s.append(esc(joined.toString()));
        return;
      }
      for (JsonNode x : v) {
        render(s, x);
      }
    } else if (v.isNull() || v.isMissingNode()) {
      s.append("<em>not available</em>");
    } else {
      s.append(esc(v.asText()));
    }
  }

  private static String title(String key) {
    String t = key.replace('_', ' ');
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
