/**
 * The end-to-end benchmark ({@code ./newsflow bench}): the full pipeline against a pass-through
 * topology on the same embedded broker in the same run, reported as ratios. JMH microbenchmarks of
 * single steps live in one sub-package per area ({@code …bench.normalize}, …).
 */
package io.newsflow.bench;
