package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;

/** Converts a workbook with headless LibreOffice, as a user's office suite would open it. */
final class LibreOffice {
  private LibreOffice() {}

  /**
   * Converts {@code workbook} to PDF in {@code dir}. A private profile directory keeps parallel
   * runs from sharing (and locking) the user's LibreOffice profile.
   */
  static Path toPdf(Path workbook, Path dir) throws IOException {
    Path profile = Files.createDirectories(dir.resolve("lo-profile"));
    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                "libreoffice",
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                workbook.toString()),
            120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    String name = workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf");
    Path pdf = dir.resolve(name);
    assertThat(pdf).as(r.output()).exists();
    return pdf;
  }
}
