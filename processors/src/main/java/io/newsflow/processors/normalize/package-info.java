/** The normalize step: HTML to text, Unicode NFC, whitespace, spacing repair, canonical URLs. */
package io.newsflow.processors.normalize;
