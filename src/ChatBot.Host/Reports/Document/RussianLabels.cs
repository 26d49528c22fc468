using System.Globalization;
using ChatBot.Core.Reports;
using ChatBot.Core.Sessions;

namespace ChatBot.Host.Reports.Document;

/// <summary>
/// The words of the funder's report. Russian only: the city reads and files its reports in Russian (docs/reports.md
/// says why there is no Kazakh edition); kept in this one file so that an edition in another language is one more.
/// </summary>
internal static class RussianLabels
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    private static readonly string[] Months =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    public static string Period(ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Month => $"{Months[period.FirstDay.Month - 1]} {period.FirstDay.Year}",
        ReportPeriodKind.Quarter => $"{Quarters[(period.FirstDay.Month - 1) / 3]} квартал {period.FirstDay.Year}",
        ReportPeriodKind.Year => $"{period.FirstDay.Year} год",
        _ => $"{period.FirstDay.ToString("dd.MM.yyyy", Culture)} — {period.LastDay.ToString("dd.MM.yyyy", Culture)}",
    };

    public static string MonthShort(int month) => Months[month - 1][..3];

    public static string Outcome(SessionResult result) => result switch
    {
        SessionResult.AnsweredByBot => "Ответил бот",
        SessionResult.ClarifiedAndAnswered => "Уточнил и ответил",
        SessionResult.NotUnderstood => "Не понял",
        SessionResult.HandedToOperator => "Передано консультанту",
        SessionResult.Abandoned => "Брошено",
        _ => result.ToString(),
    };

    public static string Channel(string key) => key switch
    {
        "telegram" => "Telegram",
        "web" or "widget" => "Сайт (виджет)",
        "terminal" => "Терминал",
        _ => key,
    };

    public static string Language(string key) => key switch
    {
        "ru" => "русский",
        "kk" => "казахский",
        _ => key,
    };

    public static string Source(string key) => key == "(none)" ? "без источника" : key;

    /// <summary>An application's kind, as the console names it.</summary>
    public static string ApplicationKind(string code) => code switch
    {
        "legal" => "Юридическая консультация",
        "tax" => "Налоги",
        "finance" => "Финансирование и господдержка",
        "permits" => "Разрешения и лицензии",
        "export" => "Экспорт",
        "other" => "Другое",
        _ => code,
    };

    /// <summary>An application's status, as the console names it.</summary>
    public static string ApplicationStatus(string code) => code switch
    {
        "new" => "новая",
        "assigned" => "у консультанта",
        "waiting" => "ждёт заявителя",
        "answered" => "отвечена",
        "closed" => "закрыта",
        _ => code,
    };

    /// <summary>An announcement's recipient's status.</summary>
    public static string Recipient(string status) => status switch
    {
        "queued" => "в очереди",
        "sent" => "доставлено",
        "failed" => "не доставлено",
        "blocked" => "бот заблокирован",
        "withdrawn" => "отозвано (отписался или удалил данные)",
        _ => status,
    };

    /// <summary>A news topic, as the subscribers see it.</summary>
    public static string NewsTopic(string topic) => topic switch
    {
        "trainings" => "Обучение и семинары",
        "support" => "Программы поддержки",
        "tax" => "Изменения в налогах",
        "surveys" => "Опросы",
        _ => topic,
    };

    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", Culture);

    public static string Hours(double? hours) => hours is { } h ? h.ToString("0.0", Culture) + " ч" : "—";

    public static string Count(int value) => value.ToString("#,0", Culture);

    public static string Percent(double percent) => percent.ToString("0.0", Culture) + " %";

    public static string Minutes(double? seconds) => seconds is { } s ? (s / 60).ToString("0.0", Culture) + " мин" : "—";
}
