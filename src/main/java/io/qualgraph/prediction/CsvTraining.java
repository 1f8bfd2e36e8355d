package io.qualgraph.prediction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import io.qualgraph.support.Problem;

/** Trains on a labelled CSV file with the same code as on graph outcomes ({@code train-csv}). */
public final class CsvTraining {

    /** What {@code train-csv} was asked for. */
    public record Request(Path file, LabelledCsv.Options options, Algorithm algorithm, Set<String> knownAfter,
            Set<String> keep, long seed) {
    }

    private final Training training;

    public CsvTraining(Learner learner) {
        this.training = new Training(learner);
    }

    /** The report and model; the target is {@link Target#LEAD_CONVERTED}, the version the file's name. */
    public Training.Result train(Request request, Instant now, Training.Progress progress) {
        LabelledCsv.Read read;
        try (BufferedReader in = Files.newBufferedReader(request.file(), StandardCharsets.UTF_8)) {
            read = LabelledCsv.read(in, request.options());
        } catch (NoSuchFileException e) {
            throw Problem.invalid("FILE", "no file " + request.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = request.file().getFileName().toString();
        Training.Request run = new Training.Request(name.replaceFirst("\\.[^.]*$", ""), Target.LEAD_CONVERTED,
                request.algorithm(), request.file().toString(), request.knownAfter(), request.keep(), null, now,
                request.seed(), Training.Fields.COMMAND_LINE);
        return training.run(read.observations(), read.excluded(), run, progress);
    }
}
