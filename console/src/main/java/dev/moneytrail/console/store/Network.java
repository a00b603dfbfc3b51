package dev.moneytrail.console.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parties of an alert and how they are linked, derived from its hits. Alerts name accounts
 * but not their roles; each rule's semantics say which account is which (a fan-in's subject is
 * the collecting account, a payroll funnel's subject is the worker whose wage is forwarded). The
 * role mapping lives here, in one table, so the graph and the SAR's subject/victim split agree.
 *
 * <p>Roles are suspicions inferred by rules, not facts: the SAR lists them "for review".
 */
public final class Network {

  /** A party's role in the scheme. Only {@link #SUSPECTED_VICTIM} is kept out of SAR subjects. */
  public enum PartyRole {
    SUSPECTED_CONTROLLER, EMPLOYER, SUSPECTED_VICTIM, LINKED_ACCOUNT, ACCOUNT_HOLDER
  }

  /** One account and what the hits say about it. */
  public record Party(String accountId, Set<PartyRole> roles, Set<String> rules, boolean subject) {

    /** A suspected victim in any hit stays out of the subject list (FIN-2020-A008). */
    public boolean suspectedVictim() {
      return roles.contains(PartyRole.SUSPECTED_VICTIM);
    }

    /** Role confidence: HIGH when two or more rule hits agree, else MEDIUM. */
    public String confidence(int hitsNamingIt) {
      return hitsNamingIt >= 2 ? "HIGH" : "MEDIUM";
    }
  }

  /** A link in the graph: money flowing (directed) or a shared attribute (hub node). */
  public record Edge(String from, String to, String kind, String label, String ruleId) {}

  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final Map<String, Integer> mentions = new LinkedHashMap<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private final Map<String, String> hubs = new LinkedHashMap<>();

  private Network() {}

  /** Builds the network of an alert from its stored payload (alerts.jsonl form). */
  public static Network of(JsonNode payload) {
    Network n = new Network();
    String subject = payload.path("subject_account_id").asText();
    n.party(subject, null, null, true);
    for (JsonNode rel : payload.path("related_account_ids")) {
      n.party(rel.asText(), null, null, false);
    }
    for (JsonNode h : payload.path("hits")) {
      n.addHit(subject, h);
    }
    for (Party p : n.parties.values()) {
      if (p.roles().isEmpty()) {
        p.roles().add(p.subject() ? PartyRole.ACCOUNT_HOLDER : PartyRole.LINKED_ACCOUNT);
      }
    }
    return n;
  }

  private void addHit(String subject, JsonNode h) {
    String rule = h.path("rule_id").asText();
    JsonNode f = h.path("features");
    List<String> related = new ArrayList<>();
    h.path("related_account_ids").forEach(r -> related.add(r.asText()));
    switch (rule) {
      case "LT-FANIN-CONTROLLER" -> {
        party(subject, PartyRole.SUSPECTED_CONTROLLER, rule, true);
        for (String r : related) {
          party(r, PartyRole.SUSPECTED_VICTIM, rule, false);
          edge(r, subject, "money", "wage share after payday", rule);
        }
      }
      case "LT-PAYROLL-FUNNEL" -> {
        party(subject, PartyRole.SUSPECTED_VICTIM, rule, true);
        String share = f.path("mean.share").asText("");
        for (String r : related) {
          party(r, PartyRole.SUSPECTED_CONTROLLER, rule, false);
          edge(subject, r, "money", share.isEmpty() ? "forwarded wage"
              : "forwards " + percent(share) + " of wage", rule);
        }
        for (String payer : f.path("payers").asText("").split(",")) {
          if (!payer.isBlank()) {
            party(payer.trim(), PartyRole.EMPLOYER, rule, false);
            edge(payer.trim(), subject, "money", "wages", rule);
          }
        }
      }
      case "LT-SHARED-DEVICE-LOGIN-EMPLOYER" -> {
        party(subject, PartyRole.EMPLOYER, rule, true);
        String hub = hub("device " + f.path("device").asText("?"));
        edge(subject, hub, "shared", "uses device", rule);
        for (String r : related) {
          party(r, PartyRole.SUSPECTED_VICTIM, rule, false);
          edge(r, hub, "shared", "logged in from", rule);
        }
      }
      case "LT-SHARED-DEVICE-LOGIN", "LT-SHARED-ATTRIBUTE-CLUSTER" -> {
        String what = rule.equals("LT-SHARED-DEVICE-LOGIN")
            ? "device " + f.path("device").asText("?")
            : f.path("kind").asText("attribute").toLowerCase() + " " + f.path("value").asText("?");
        String hub = hub(what);
        party(subject, PartyRole.LINKED_ACCOUNT, rule, true);
        edge(subject, hub, "shared", "shares", rule);
        for (String r : related) {
          party(r, PartyRole.LINKED_ACCOUNT, rule, false);
          edge(r, hub, "shared", "shares", rule);
        }
      }
      default -> {
        party(subject, PartyRole.ACCOUNT_HOLDER, rule, true);
        for (String r : related) {
          party(r, PartyRole.LINKED_ACCOUNT, rule, false);
          edge(subject, r, "linked", rule, rule);
        }
      }
    }
  }

  private static String percent(String share) {
    try {
      return new BigDecimal(share).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    } catch (NumberFormatException e) {
      return share;
    }
  }

  private String hub(String label) {
    return hubs.computeIfAbsent(label, l -> "attr:" + l);
  }

  private void party(String account, PartyRole role, String rule, boolean subject) {
    Party p = parties.computeIfAbsent(account,
        a -> new Party(a, new LinkedHashSet<>(), new LinkedHashSet<>(), subject));
    if (role != null) {
      p.roles().add(role);
      mentions.merge(account, 1, Integer::sum);
    }
    if (rule != null) {
      p.rules().add(rule);
    }
  }

  private void edge(String from, String to, String kind, String label, String rule) {
    edges.putIfAbsent(from + "|" + to + "|" + kind, new Edge(from, to, kind, label, rule));
  }

  public List<Party> parties() {
    return new ArrayList<>(parties.values());
  }

  public int mentions(String account) {
    return mentions.getOrDefault(account, 0);
  }

  public List<Edge> edges() {
    return new ArrayList<>(edges.values());
  }

  /** Graph for the browser: account nodes, attribute hub nodes, edges. */
  public ObjectNode toJson() {
    ObjectNode g = Json.object();
    ArrayNode nodes = g.putArray("nodes");
    for (Party p : parties.values()) {
      ObjectNode n = nodes.addObject();
      n.put("id", p.accountId());
      n.put("type", "account");
      n.put("subject", p.subject());
      ArrayNode roles = n.putArray("roles");
      p.roles().forEach(r -> roles.add(r.name()));
      ArrayNode rules = n.putArray("rules");
      p.rules().forEach(rules::add);
    }
    hubs.forEach((label, id) -> {
      ObjectNode n = nodes.addObject();
      n.put("id", id);
      n.put("type", "attribute");
      n.put("label", label);
    });
    ArrayNode es = g.putArray("edges");
    for (Edge e : edges.values()) {
      ObjectNode o = es.addObject();
      o.put("from", e.from());
      o.put("to", e.to());
      o.put("kind", e.kind());
      o.put("label", e.label());
      o.put("rule", e.ruleId());
    }
    return g;
  }
}
