package dev.parley.plugins.host;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds persona plugin jars at test time from Java source, so their classes are never on the
 * host's class path: compiled with javax.tools against the test class path, then packed with a PF4J
 * manifest and an {@code META-INF/extensions.idx} naming the extension.
 */
public final class PluginJars {

  private PluginJars() {}

  /** A persona plugin whose extension is {@code package.Name} with {@code source}. */
  public static Path build(
      Path workDir, Path into, String pluginId, String requires, String className, String source)
      throws IOException {
    Path sources = Files.createTempDirectory(workDir, "src");
    Path classes = Files.createTempDirectory(workDir, "classes");
    Path file = sources.resolve(className.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "--release",
            "21",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            file.toString());
    if (status != 0) {
      throw new IllegalStateException("test persona " + className + " did not compile");
    }
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Plugin-Id", pluginId);
    main.putValue("Plugin-Version", "1.0.0");
    main.putValue("Plugin-Provider", "tests");
    main.putValue("Plugin-Requires", requires);
    Path jar = into.resolve(pluginId + ".jar");
    Path partial = workDir.resolve(pluginId + ".jar.part");
    try (OutputStream out = Files.newOutputStream(partial);
        JarOutputStream zip = new JarOutputStream(out, manifest)) {
      zip.putNextEntry(new JarEntry("META-INF/extensions.idx"));
      zip.write((className + "\n").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      List<Path> compiled = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(classes)) {
        walk.filter(Files::isRegularFile).forEach(compiled::add);
      }
      for (Path classFile : compiled) {
        zip.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(classFile));
        zip.closeEntry();
      }
    }
    // Moved in whole, as an operator copying a finished file would.
    return Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Source of a persona extension whose reply is {@code replyBody} (a Java block). */
  public static String persona(String className, String personaId, String replyBody) {
    String pkg = className.substring(0, className.lastIndexOf('.'));
    String simple = className.substring(className.lastIndexOf('.') + 1);
    return """
        package %s;

        import dev.parley.domain.negotiation.Phase;
        import dev.parley.domain.persona.*;
        import dev.parley.domain.terms.Terms;
        import dev.parley.persona.api.*;
        import java.util.*;

        @org.pf4j.Extension
        public class %s implements PersonaExtension {
          public Optional<Persona> create(PersonaSettings settings) {
            return Optional.of(new Persona() {
              public PersonaDescriptor descriptor() {
                return new PersonaDescriptor("%s", "Test %s", "a persona built by a test", "test", "test-model");
              }
              public PersonaReply reply(PersonaTurn turn) {
                %s
              }
            });
          }
        }
        """
        .formatted(pkg, simple, personaId, personaId, replyBody);
  }
}
