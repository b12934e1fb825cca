package nl.zvh.web.casus;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.zvh.regie.overleg.Zrmverloop;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.enums.PointStyle;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.LineOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.layout.Layout;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * The ZRM progress of one betrokkene as a line chart: the Chart.js configuration that {@code
 * p:chart} takes, built with the Chart.js model and handed over as JSON (PrimeFaces 15 renders an
 * empty canvas for the model object itself). One line per leefgebied over the metingen, score 1 to
 * 5; a meting without a score is a gap, not a line through it. A leefgebied looks the same in every
 * chart, and colour is never its only cue: the points have a shape and every other leefgebied is
 * dashed; the legend shows the shapes. The table of the same scores on the page is the accessible
 * alternative; the chart holds no names of people.
 */
public final class Zrmgrafiek {

  /**
   * Thirteen colours, one per leefgebied, each with a contrast of at least 4.4:1 on white (WCAG
   * 1.4.11 asks 3:1 for graphics).
   */
  static final List<String> KLEUREN =
      List.of(
          "#0b5394", "#b3261e", "#1e7b34", "#8a4baf", "#a15c00", "#00758f", "#c2185b", "#5d6b00",
          "#1a1a1a", "#6d4c41", "#3949ab", "#d84315", "#546e7a");

  static final List<PointStyle> PUNTVORMEN =
      List.of(
          PointStyle.CIRCLE,
          PointStyle.RECT,
          PointStyle.TRIANGLE,
          PointStyle.RECT_ROT,
          PointStyle.STAR,
          PointStyle.CROSS_ROT,
          PointStyle.RECT_ROUNDED,
          PointStyle.CROSS);

  static final int LAAGST = 1;
  static final int HOOGST = 5;

  private static final List<Integer> STREEPJES = List.of(6, 4);
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private Zrmgrafiek() {}

  /**
   * The chart of one betrokkene of the verloop.
   *
   * @param tekst the Dutch text of a key of the bundle ({@code leefgebied.*}, {@code overleg.ico},
   *     {@code overleg.vervolg}, {@code zrm.grafiek.*})
   */
  public static String json(
      Zrmverloop verloop, Zrmverloop.Persoon persoon, Function<String, String> tekst) {
    LineData data =
        new LineData().setLabels(verloop.metingen().stream().map(m -> label(m, tekst)).toList());
    for (Zrmverloop.Reeks reeks : persoon.reeksen()) {
      int i = reeks.leefgebied().ordinal();
      String kleur = KLEUREN.get(i % KLEUREN.size());
      LineDataset lijn =
          new LineDataset()
              .setLabel(tekst.apply("leefgebied." + reeks.leefgebied().name()))
              .setBorderColor(kleur)
              .setBackgroundColor(kleur)
              .setBorderWidth(2)
              .addPointStyle(PUNTVORMEN.get(i % PUNTVORMEN.size()))
              .addPointRadius(5)
              .addPointHoverRadius(7)
              .setSpanGaps(false)
              // A point on 1 or 5 is drawn whole, not cut off at the edge of the plot.
              .setClip(false);
      if (i % 2 == 1) {
        lijn.setBorderDash(STREEPJES);
      }
      // The scores in the order of the metingen; null where none was given: a gap.
      lijn.setData(new ArrayList<Number>(reeks.scores()));
      data.addDataset(lijn);
    }
    LineOptions opties =
        new LineOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setAnimation(false)
            .setLayout(new Layout(8))
            .setScales(
                new Scales()
                    .addScale(
                        Scales.ScaleAxis.X,
                        new CategoryScaleOptions()
                            .setTitle(titel(tekst.apply("zrm.grafiek.metingen"))))
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions()
                            .setMin(LAAGST)
                            .setMax(HOOGST)
                            .setTicks(new LinearTickOptions().setStepSize(1).setPrecision(0))
                            .setTitle(titel(tekst.apply("zrm.grafiek.score")))))
            .setPlugins(
                new Plugins()
                    .setLegend(
                        new LegendOptions()
                            .setPosition("bottom")
                            .setLabels(new LegendOptions.Labels().setUsePointStyle(true))));
    return new LineChart(data, opties).toJson();
  }

  /** "ICO 07-12-2026", "Vervolg-ICO 2 04-01-2027": as the table heads its columns. */
  static String label(Zrmverloop.Meting meting, Function<String, String> tekst) {
    String overleg =
        meting.overlegNummer() == 1
            ? tekst.apply("overleg.ico")
            : tekst.apply("overleg.vervolg") + " " + meting.overlegNummer();
    return overleg + " " + DATUM.format(meting.datum());
  }

  private static AbstractCartesianScaleOptions.Title titel(String tekst) {
    return new AbstractCartesianScaleOptions.Title().setDisplay(true).setText(tekst);
  }
}
