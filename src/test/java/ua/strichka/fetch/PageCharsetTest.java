package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageCharsetTest {
  static final Charset CP1251 = Charset.forName("windows-1251");
  static final Charset KOI8U = Charset.forName("KOI8-U");

  static final String TEXT =
      "Генеральний секретар НАТО Марк Рютте подякував Японії за потужну підтримку для України та"
          + " висловив впевненість, що Євроатлантичний та Індо-Тихоокеанський безпекові простори є"
          + " взаємопов’язаними. Міністр оборони Японії дав позитивну оцінку нарощуванню контактів,"
          + " зокрема залученню країн регіону до зустрічей. Ґрунтовна їхня співпраця триває.";

  static String page(String head) {
    return "<!doctype html><html lang=\"uk\"><head>"
        + head
        + "<title>Новини</title></head><body><p>"
        + TEXT.replace("’", "'")
        + "</p></body></html>";
  }

  @Test
  void undeclaredUtf8IsUtf8() {
    PageCharset.Decoded d = PageCharset.decode(page("").getBytes(StandardCharsets.UTF_8), null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(page(""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "<meta charset=\"windows-1251\">",
    "<meta charset=cp1251>",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">",
    "<meta http-equiv='content-type' content='text/html;charset=x-cp1251'>",
  })
  void declaredWindows1251InThePage(String head) {
    byte[] bytes = page(head).getBytes(CP1251);
    PageCharset.Decoded d = PageCharset.decode(bytes, null);
    assertThat(d.charset()).isEqualTo(CP1251);
    assertThat(d.source()).isEqualTo("meta");
    assertThat(d.text()).isEqualTo(page(head));
  }

  @Test
  void undeclaredWindows1251IsDetected() {
    PageCharset.Decoded d = PageCharset.decode(page("").getBytes(CP1251), null);
    assertThat(d.charset()).isEqualTo(CP1251);
    assertThat(d.source()).isEqualTo("detected");
    assertThat(d.text()).isEqualTo(page(""));
  }

  @Test
  void undeclaredKoi8uIsDetectedWithUkrainianLetters() {
    PageCharset.Decoded d = PageCharset.decode(page("").getBytes(KOI8U), null);
    assertThat(d.charset()).isEqualTo(KOI8U);
    assertThat(d.text()).isEqualTo(page("")).contains("Японії", "Євроатлантичний", "Ґрунтовна");
  }

  @Test
  void httpHeaderKoi8u() {
    PageCharset.Decoded d =
        PageCharset.decode(page("").getBytes(KOI8U), "text/html; charset=KOI8-U");
    assertThat(d.source()).isEqualTo("http");
    assertThat(d.text()).isEqualTo(page(""));
  }

  @Test
  void pageDeclaringUtf8ButSendingWindows1251IsDetected() {
    String head = "<meta charset=\"utf-8\">";
    PageCharset.Decoded d = PageCharset.decode(page(head).getBytes(CP1251), null);
    assertThat(d.charset()).isEqualTo(CP1251);
    assertThat(d.source()).isEqualTo("detected");
    assertThat(d.text()).isEqualTo(page(head));
  }

  @Test
  void headerClaimingUtf8ForWindows1251BytesIsOverruled() {
    PageCharset.Decoded d =
        PageCharset.decode(page("").getBytes(CP1251), "text/html; charset=UTF-8");
    assertThat(d.charset()).isEqualTo(CP1251);
    assertThat(d.text()).isEqualTo(page(""));
  }

  @Test
  void headerWinsOverMeta() {
    String head = "<meta charset=\"utf-8\">";
    PageCharset.Decoded d =
        PageCharset.decode(page(head).getBytes(KOI8U), "text/html; charset=koi8-u");
    assertThat(d.charset()).isEqualTo(KOI8U);
    assertThat(d.source()).isEqualTo("http");
  }

  @Test
  void latin1DeclarationOfCyrillicBytesIsOverruled() {
    String head = "<meta charset=\"iso-8859-1\">";
    PageCharset.Decoded d = PageCharset.decode(page(head).getBytes(CP1251), null);
    assertThat(d.text()).isEqualTo(page(head));
  }

  @Test
  void singleByteDeclarationOfValidUtf8IsUtf8() {
    String head = "<meta charset=\"windows-1251\">";
    PageCharset.Decoded d = PageCharset.decode(page(head).getBytes(StandardCharsets.UTF_8), null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(page(head));
  }

  @Test
  void byteOrderMarkWinsAndIsRemoved() {
    byte[] body = page("").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    PageCharset.Decoded d = PageCharset.decode(bytes, "text/html; charset=windows-1251");
    assertThat(d.source()).isEqualTo("bom");
    assertThat(d.text()).isEqualTo(page(""));
  }

  @Test
  void unknownLabelFallsThroughToDetection() {
    String head = "<meta charset=\"no-such-charset\">";
    PageCharset.Decoded d = PageCharset.decode(page(head).getBytes(CP1251), "text/html; charset=");
    assertThat(d.text()).isEqualTo(page(head));
  }

  @Test
  void emptyInputIsEmptyText() {
    PageCharset.Decoded d = PageCharset.decode(new byte[0], null);
    assertThat(d.text()).isEmpty();
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }
}
