/**
 * Rule packages as data and the engine that runs them: load a package
 * ({@link dev.moneytrail.rules.engine.RulePackageDirectory}), compile and validate it once per JVM
 * ({@link dev.moneytrail.rules.engine.RuleCompiler}), screen fact snapshots statelessly
 * ({@link dev.moneytrail.rules.engine.CompiledRulePackage#evaluate}). No Flink and no Avro here.
 */
package dev.moneytrail.rules.engine;
