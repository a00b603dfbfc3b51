package dev.moneytrail.schemas.topics;

import org.apache.avro.specific.SpecificRecord;

/**
 * A Kafka topic with the types that travel on it. Keys are UTF-8 strings (the partitioning
 * entity, named by {@code keyMeaning}); values are raw Avro binary of {@code valueType}
 * (see {@link dev.moneytrail.schemas.codec.AvroCodec}).
 */
public record Topic<V extends SpecificRecord>(String name, String keyMeaning, Class<V> valueType) {}
