package org.citynet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citynet.export.XmlText.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class XmlTextTest {
  /** The text as an XML parser reads it back from an attribute and from content. */
  private static String[] readBack(String text) throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a v=\""
            + XmlText.escape(text, Place.ATTRIBUTE)
            + "\">"
            + XmlText.escape(text, Place.CONTENT)
            + "</a>";
    Element a =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    return new String[] {a.getAttribute("v"), a.getTextContent()};
  }

  @Test
  void markupAndWhiteSpaceReadBackUnchanged() throws Exception {
    String text = "a & b < c > d \"e\" 'f'\tg\nh\ri";
    assertThat(readBack(text)).containsExactly(text, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\u0000", "\u0001", "\u001f", "\u000b", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF"})
  void replacesEveryCharacterXmlCannotHoldWithTheReplacementCharacter(String forbidden)
      throws Exception {
    String text = "x" + forbidden + "y";
    assertThat(readBack(text)).containsExactly("x\uFFFDy", "x\uFFFDy");
    assertThat(XmlText.legal(text)).isEqualTo("x\uFFFDy");
  }

  @Test
  void keepsValidSurrogatePairsAndReplacesLoneHalvesBesideThem() throws Exception {
    String emoji = "\uD83C\uDF0D";
    assertThat(readBack("a" + emoji + "b")).containsExactly("a" + emoji + "b", "a" + emoji + "b");
    // A low half before a high half is no pair; a high half at the end has no partner.
    assertThat(readBack("\uDF0D\uD83C")).containsExactly("\uFFFD\uFFFD", "\uFFFD\uFFFD");
    assertThat(XmlText.legal("z\uD83C")).isEqualTo("z\uFFFD");
    assertThat(XmlText.legal(emoji + "\uDF0D")).isEqualTo(emoji + "\uFFFD");
  }
}
