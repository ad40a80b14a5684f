/**
 * Process plumbing for the commands: lifecycle and shutdown, the streams runner, progress counting.
 */
package io.newsflow.app.runtime;
