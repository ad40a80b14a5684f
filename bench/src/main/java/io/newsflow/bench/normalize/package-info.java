/** JMH microbenchmarks of the normalize step. */
package io.newsflow.bench.normalize;
