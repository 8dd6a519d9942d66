package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.BetweennessMethod;
import org.citynet.model.RunInfo;
import org.citynet.model.SignificanceSettings;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
import org.junit.jupiter.api.Test;

class RunMetadataTest {
  @Test
  void writesJsonThatPythonReadsBack() {
    ExternalTools.require(ExternalTools.PYTHON, "python3");
    RunInfo run =
        new RunInfo(
            "study \"1\"",
            "0.1.0",
            "citynet --cities 'C:\\data\\cities.csv'\n--seed 7",
            List.of(new RunInfo.InputFile("C:\\data\\cities.csv", "ab".repeat(32))),
            new AnalysisSettings(
                AnalysisSettings.Quality.CPM,
                0.5,
                3,
                7,
                AnalysisSettings.NullModel.GRAVITY,
                AnalysisSettings.Importance.POPULATION,
                AnalysisSettings.PathLength.INVERSE_WEIGHT,
                AnalysisSettings.Betweenness.APPROX,
                0.02,
                0.05,
                java.util.OptionalDouble.empty(),
                SignificanceSettings.defaults()),
            Instant.parse("2024-05-01T12:00:00Z"),
            List.of("© GeoNames, CC BY 4.0", "tab\there"));
    String script =
        "import json, sys\n"
            + "d = json.loads(sys.argv[1])\n"
            + "print(repr([d['name'], d['command_line'], d['inputs'][0]['path'],"
            + " d['settings'], d['betweenness_method'], d['link_geodesic_tolerance_km'], d['started_at'], d['attribution']]))";
    Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                "-c",
                script,
                RunMetadata.json(run, BetweennessMethod.sampled(0.02, 0.05, 31_337, false))),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output().strip())
        .isEqualTo(
            "['study \"1\"', \"citynet --cities 'C:\\\\data\\\\cities.csv'\\n--seed 7\","
                + " 'C:\\\\data\\\\cities.csv', {'quality': 'cpm', 'resolution': 0.5, 'starts': 3,"
                + " 'seed': 7, 'null-model': 'gravity', 'importance': 'population',"
                + " 'path-length': 'inverse-weight', 'betweenness': 'approx', 'epsilon': 0.02,"
                + " 'delta': 0.05, 'permutations': 1000, 'null-networks': 'auto', 'resamples':"
                + " 'auto'}, {'mode': 'approx', 'epsilon': 0.02, 'delta': 0.05,"
                + " 'samples': 31337, 'closeness': False}, 1.0, '2024-05-01T12:00:00Z',"
                + " ['© GeoNames, CC BY 4.0', 'tab\\there']]");
  }
}
