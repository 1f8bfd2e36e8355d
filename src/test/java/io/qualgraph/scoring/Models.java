package io.qualgraph.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped default model, read the way production reads any model file. */
public final class Models {

    private Models() {
    }

    public static String defaultText() {
        try (InputStream in = Models.class.getResourceAsStream("/scoring-models/default-v1.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScoringModel defaultModel() {
        ScoringModelFile.Check check = ScoringModelFile.read(defaultText());
        if (!check.valid()) {
            throw new IllegalStateException("default model invalid: " + check.problems());
        }
        return check.model();
    }
}
