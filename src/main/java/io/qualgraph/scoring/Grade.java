package io.qualgraph.scoring;

/** Firmographic fit grade of an account: A best; the model file sets the minimum fit points of A, B and C. */
public enum Grade {
    A, B, C, D
}
