package io.qualgraph.tools.seed;

/** A situation planted on purpose (a sanctions case, a cycle, …), named for reviewers in seed-data/README.md. */
public record SeedCase(String title, String detail) {
}
