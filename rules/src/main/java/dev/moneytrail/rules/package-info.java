/**
 * The rule pack's public face: what rules read ({@link dev.moneytrail.rules.RuleParameters}, the
 * facts in {@code facts}), what they report ({@link dev.moneytrail.rules.HitCollector} into
 * immutable {@link dev.moneytrail.rules.Hit}s) and what they declare about themselves
 * ({@link dev.moneytrail.rules.RuleMetadata}, {@link dev.moneytrail.rules.ParameterSpec}). The
 * engine that compiles and runs packages is in {@code dev.moneytrail.rules.engine}.
 */
package dev.moneytrail.rules;
