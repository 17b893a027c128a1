package dev.parley.persona.llm;

import java.util.function.Supplier;

/**
 * Runs library code with this plugin's class loader as the thread's context loader: libraries that
 * look things up with {@link java.util.ServiceLoader} then find the plugin's private jars.
 */
final class PluginContext {

  private PluginContext() {}

  static <T> T call(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(PluginContext.class.getClassLoader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
