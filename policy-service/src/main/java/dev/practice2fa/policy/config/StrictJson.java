package dev.practice2fa.policy.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Reads request bodies strictly: Jackson's lenient defaults would turn {@code "mode": 2} into the
 * third enum constant, {@code 3.7} into version 3 and {@code "name": 42} into the text "42",
 * and would keep the last of two equal keys. Each of these is a client error, answered 400.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Boolean);
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape input) {
        mapper.coercionConfigFor(target).setCoercion(input, CoercionAction.Fail);
    }
}
