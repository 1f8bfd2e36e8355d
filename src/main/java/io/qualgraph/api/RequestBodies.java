package io.qualgraph.api;

import java.io.IOException;
import java.io.InputStream;

import io.qualgraph.support.Problem;
import jakarta.servlet.http.HttpServletRequest;

/** Reads a request body up to a limit: a larger one is a 413 problem, an empty one a 400. */
final class RequestBodies {

    private RequestBodies() {
    }

    static byte[] read(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            if (body.length == 0) {
                throw Problem.invalid("$", "the request body is empty");
            }
            return body;
        }
    }

    private static Problem tooLarge(long maxBytes) {
        return Problem.tooLarge("The body exceeds the limit of " + maxBytes
                + " bytes (qualgraph.ingest.max-bytes); split it, or use the command line import");
    }
}
