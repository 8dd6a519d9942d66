package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Documents written by {@link XmlWriter}, read back by the JDK's own XML parser. */
class XmlWriterTest {
  @TempDir Path dir;

  private Path write(XmlWriter.Body body) throws IOException {
    Path file = dir.resolve("doc.xml");
    XmlWriter.write(file, body);
    return file;
  }

  /** The root element of {@code file} as a strict XML 1.0 parser reads it. */
  private static Element parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(file.toFile())
        .getDocumentElement();
  }

  @Test
  void writesOneElementALineAndEmptyElementsSelfClosed() throws IOException {
    Path file =
        write(
            xml ->
                xml.start("a")
                    .attribute("k", "v")
                    .start("b")
                    .end()
                    .element("c", "text")
                    .start("d")
                    .start("e")
                    .end()
                    .end()
                    .end());

    assertThat(Files.readString(file))
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<a k=\"v\">\n<b/>\n<c>text</c>\n<d>\n<e/>\n</d>\n</a>\n");
  }

  @Test
  void escapesMarkupSoTextAndAttributesReadBackUnchanged() throws Exception {
    String tricky = "a<b>&c\"d'e ]]> f\tg\nh\ri\r\nj São 東京 \uD83D\uDE00";
    Path file = write(xml -> xml.start("r").attribute("v", tricky).text(tricky).end());

    Element root = parse(file);
    assertThat(root.getAttribute("v")).isEqualTo(tricky);
    assertThat(root.getTextContent()).isEqualTo(tricky);
    assertThat(Files.readString(file))
        .contains("v=\"a&lt;b&gt;&amp;c&quot;d'e ]]&gt; f&#9;g&#10;h&#13;i&#13;&#10;j");
  }

  @Test
  void replacesCharactersXmlCannotHoldWithTheReplacementCharacter() throws Exception {
    // NUL and other C0 controls, a lone high surrogate (followed by a letter and at the end), a
    // lone low surrogate, and the two noncharacters XML excludes.
    String bad = "a\u0000b\u0001c\u001Fd\uD800e\uDC00f\uFFFEg\uFFFFh\uD83D";
    Path file = write(xml -> xml.start("r").attribute("v", bad).text(bad).end());

    String expected = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD";
    Element root = parse(file);
    assertThat(root.getAttribute("v")).isEqualTo(expected);
    assertThat(root.getTextContent()).isEqualTo(expected);
  }

  @Test
  void textLongerThanTheBufferReadsBackWhole() throws Exception {
    String longText = "x&".repeat(50_000) + "é".repeat(70_000);
    Path file = write(xml -> xml.start("r").attribute("v", longText).text(longText).end());

    Element root = parse(file);
    assertThat(root.getAttribute("v")).isEqualTo(longText);
    assertThat(root.getTextContent()).isEqualTo(longText);
  }

  @Test
  void leavesNoFileWhenAnElementIsNotEnded() {
    assertThatThrownBy(() -> write(xml -> xml.start("a").start("b").end()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<a>");
    assertThat(dir).isEmptyDirectory();
  }
}
