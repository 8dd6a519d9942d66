package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlNodeTest {
  private static final String HOSTILE = "a<b>&\"c' \n\tend\r";

  @Test
  void readsBackAnyTextInAttributesAndContent() {
    String xml = XmlNode.of("e").set("x", HOSTILE).text(HOSTILE).toString();
    Element e = LayerStylesTest.parse(xml).getDocumentElement();
    assertThat(e.getAttribute("x")).isEqualTo(HOSTILE);
    assertThat(e.getTextContent()).isEqualTo(HOSTILE);
  }

  @Test
  void replacesControlCharactersXmlCannotHold() {
    String xml = XmlNode.of("e").set("x", "a\u0001b").toString();
    assertThat(LayerStylesTest.parse(xml).getDocumentElement().getAttribute("x"))
        .isEqualTo("a\uFFFDb");
  }

  @Test
  void writesAttributesInTheOrderSetAndNestsChildren() {
    String xml =
        XmlNode.of("a")
            .set("z", 1)
            .set("b", 2)
            .add(XmlNode.of("c"), XmlNode.of("d").text("t"))
            .toString();
    assertThat(xml).isEqualTo("<a z=\"1\" b=\"2\">\n <c/>\n <d>t</d>\n</a>\n");
  }
}
