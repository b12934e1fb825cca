package nl.zvh.web.manager;

import java.util.ArrayList;
import java.util.List;
import nl.zvh.regie.cijfers.Cel;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.options.BarOptions;
import software.xdev.chartjs.model.options.LegendOptions;
import software.xdev.chartjs.model.options.Plugins;
import software.xdev.chartjs.model.options.layout.Layout;
import software.xdev.chartjs.model.options.scale.Scales;
import software.xdev.chartjs.model.options.scale.cartesian.AbstractCartesianScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.category.CategoryScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearScaleOptions;
import software.xdev.chartjs.model.options.scale.cartesian.linear.LinearTickOptions;

/**
 * A bar chart of counts, as the Chart.js configuration that {@code p:chart} takes (JSON, as {@link
 * nl.zvh.web.casus.Zrmgrafiek} does). A count shown as "&lt; 5" gets no bar at all (null), so
 * neither the bar's height nor its tooltip tells it; the table next to the chart says "&lt; 5".
 */
public final class Cijfergrafiek {

  /** The portal's blue: 7:1 on white (WCAG 1.4.11 asks 3:1 for graphics). */
  static final String KLEUR = "#0b5394";

  private Cijfergrafiek() {}

  /**
   * @param labels the bars' names, in order
   * @param cellen their figures, in the same order
   * @param reeks the name of the series (its tooltip)
   * @param yTitel the title of the value axis
   */
  public static String staaf(List<String> labels, List<Cel> cellen, String reeks, String yTitel) {
    List<Number> waarden = new ArrayList<>();
    for (Cel cel : cellen) {
      waarden.add(cel.heeftWaarde() ? cel.waarde() : null);
    }
    BarDataset staven =
        new BarDataset()
            .setLabel(reeks)
            .setBackgroundColor(KLEUR)
            .setBorderColor(KLEUR)
            .setMaxBarThickness(48);
    staven.setData(waarden);
    BarOptions opties =
        new BarOptions()
            .setResponsive(true)
            .setMaintainAspectRatio(false)
            .setAnimation(false)
            .setLayout(new Layout(8))
            .setScales(
                new Scales()
                    .addScale(Scales.ScaleAxis.X, new CategoryScaleOptions())
                    .addScale(
                        Scales.ScaleAxis.Y,
                        new LinearScaleOptions()
                            .setBeginAtZero(true)
                            .setTicks(new LinearTickOptions().setPrecision(0))
                            .setTitle(
                                new AbstractCartesianScaleOptions.Title()
                                    .setDisplay(true)
                                    .setText(yTitel))))
            .setPlugins(new Plugins().setLegend(new LegendOptions().setDisplay(false)));
    return new BarChart(new BarData().setLabels(labels).addDataset(staven), opties).toJson();
  }
}
