/**
 * The bank-extract interchange format (shared/interchange.md): JSON Lines data sets of accounts,
 * ledger entries and labels, and the alerts a replay writes.
 *
 * <p>{@link dev.moneytrail.schemas.interchange.InterchangeJson} maps one line to and from an Avro
 * record with no I/O; {@link dev.moneytrail.schemas.interchange.InterchangeWriter} and
 * {@link dev.moneytrail.schemas.interchange.AlertWriter} stream records to files;
 * {@link dev.moneytrail.schemas.interchange.InterchangeReader} streams them back, sending every bad
 * line to a {@link dev.moneytrail.schemas.interchange.RejectSink} instead of failing;
 * {@link dev.moneytrail.schemas.interchange.InterchangeCheck} is the command-line check of a data
 * set.
 */
package dev.moneytrail.schemas.interchange;
