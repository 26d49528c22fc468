namespace ChatBot.Core.Applications;

/// <summary>The texts of applications, to the entrepreneur; the knowledge loader requires each in ru and kk.</summary>
public static class ApplicationTextKeys
{
    public const string Submitted = "app_submitted";
    public const string StatusChanged = "app_status_changed";
    public const string StatusNote = "app_status_note";
    public const string Reply = "app_reply";
    public const string Question = "app_question";
    public const string AnswerAdded = "app_answer_added";
    public const string RateQuestion = "app_rate_question";
    public const string RateThanks = "app_rate_thanks";
    public const string MineTitle = "app_mine_title";
    public const string MineLine = "app_mine_line";
    public const string None = "app_none";
    public const string NotFound = "app_not_found";
    public const string Details = "app_details";
    public const string ButtonNew = "app_button_new";
    public const string ButtonMine = "app_button_mine";
    public const string MenuLineNew = "app_menu_line_new";
    public const string MenuLineMine = "app_menu_line_mine";
    public const string StatusPrefix = "app_status_";
    public const string KindPrefix = "app_kind_";

    public static string StatusKey(ApplicationStatus status) => StatusPrefix + status.Code();

    public static string KindKey(ApplicationKind kind) => KindPrefix + kind.Code();

    public static readonly IReadOnlyList<string> Required =
    [
        Submitted, StatusChanged, StatusNote, Reply, Question, AnswerAdded, RateQuestion, RateThanks, MineTitle, MineLine,
        None, NotFound, Details, ButtonNew, ButtonMine, MenuLineNew, MenuLineMine,
        .. Enum.GetValues<ApplicationStatus>().Select(StatusKey),
        .. Enum.GetValues<ApplicationKind>().Select(KindKey),
    ];
}
