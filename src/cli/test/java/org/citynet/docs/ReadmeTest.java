package org.citynet.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README stays a two-minute read, and no page of the documentation links to a missing file. */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Path DOCS = Path.of("docs");

  /** At most this many bytes: what a newcomer reads in about two minutes. */
  static final int MAX_README_BYTES = 10_000;

  /** Markdown links and images: {@code [text](target)} and {@code ![alt](target)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void readmeIsAtMostTenThousandBytes() throws IOException {
    assertThat(Files.size(README)).isLessThanOrEqualTo(MAX_README_BYTES);
  }

  @Test
  void readmeLinksToEveryDocsPage() throws IOException {
    String readme = Files.readString(README);
    try (Stream<Path> pages = Files.list(DOCS)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
        assertThat(readme).as("README links to %s", page).contains("](" + page + ")");
      }
    }
  }

  @Test
  void everyRelativeLinkOfTheReadmeAndDocsResolvesToAFile() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      for (String target : relativeLinks(Files.readString(page))) {
        checked++;
        Path file = page.resolveSibling(target.replaceFirst("#.*", "")).normalize();
        if (!Files.exists(file)) {
          broken.add(page + " -> " + target);
        }
      }
    }
    assertThat(checked).as("links found").isPositive();
    assertThat(broken).as("links to missing files").isEmpty();
  }

  @Test
  void findsBrokenLinks() {
    // The link pattern itself: a check that finds no link would pass on any text.
    assertThat(relativeLinks("see [a](docs/x.md), ![m](docs/m.png) and [w](https://x.org/y)"))
        .containsExactly("docs/x.md", "docs/m.png");
    assertThat(relativeLinks("[top](#two-commands) and [s](docs/a.md#part)"))
        .containsExactly("docs/a.md#part");
  }

  /** Link targets that are files in the repository: not web addresses, not anchors alone. */
  static List<String> relativeLinks(String markdown) {
    List<String> targets = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      String target = m.group(1);
      if (!target.startsWith("#") && !target.matches("[a-z][a-z0-9+.-]*:.*")) {
        targets.add(target);
      }
    }
    return targets;
  }
}
