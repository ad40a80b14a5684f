/**
 * Configuration: {@code newsflow.yaml} with {@code ${VAR:default}} substitution, bound to one typed
 * record per part and validated with every problem reported at once.
 */
package io.newsflow.config;
