using ChatBot.Core.Reports;
using ChatBot.Host.Reports.Rendering;
using static ChatBot.Host.Reports.Document.RussianLabels;

namespace ChatBot.Host.Reports.Document;

/// <summary>Consents given, and requests to erase personal data with how many were carried out.</summary>
internal static class DataProtectionPart
{
    public static ReportSection Of(DataProtectionSection d) => new("data_protection", "Защита персональных данных", [
        new KeyFigures([
            new KeyFigure("Согласий на обработку", Count(d.Consents)),
            new KeyFigure("Запросов на удаление", Count(d.ErasureRequests)),
            new KeyFigure("Выполнено", Count(d.ErasuresCompleted), Percent(d.CompletionPercent)),
        ]),
    ]);
}
