package io.qualgraph.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON string read into the application is well-formed Unicode and every number finite. A {@code \ud800}
 * escape without its pair decodes to a lone UTF-16 surrogate, which the database stores as {@code ?}: two different
 * ids would become one node. {@code 1e400} reads as Infinity. Both are refused where they are read, with the path of
 * their field. (Fractions for whole-number fields are refused by {@code accept-float-as-int=false}.)
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** Picked up by Boot's JSON mapper, so request bodies, the import command and the seed loader all check. */
    @Bean
    SimpleModule wellFormedStrings() {
        return module();
    }

    /** The module for a mapper built outside Spring. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("well-formed-strings");
        module.addDeserializer(String.class, new CheckedStrings());
        module.addKeyDeserializer(String.class, new CheckedKeys());
        module.addDeserializer(Double.class, new FiniteDoubles(Double.class, null));
        module.addDeserializer(double.class, new FiniteDoubles(double.class, 0.0));
        return module;
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when it is well-formed. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static String checked(JsonParser p, String value) {
        int at = value == null ? -1 : loneSurrogate(value);
        if (at < 0) {
            return value;
        }
        String escaped = String.format("\\u%04x", (int) value.charAt(at));
        throw InvalidFormatException.from(p, "must be well-formed Unicode text: a lone UTF-16 surrogate " + escaped
                + " at character " + at + " (send both halves of a surrogate pair, or the character itself)",
                escaped, String.class);
    }

    private static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return checked(p, super.deserialize(p, ctxt));
        }
    }

    private static final class FiniteDoubles extends NumberDeserializers.DoubleDeserializer {
        FiniteDoubles(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "must be a finite number, was " + p.getString(), p.getString(),
                        Double.class);
            }
            return value;
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
            return checked(ctxt.getParser(), key);
        }
    }
}
