using ChatBot.Core.Knowledge;
using ChatBot.Core.Messages;
using ChatBot.Nlu.Evaluation;

namespace ChatBot.Host.Cli;

/// <summary>What the bot shows for a topic in a language, for the evaluation's mention check: its short answer, when it has one, and its full answer.</summary>
internal static class TopicAnswerTexts
{
    public static AnswerTexts From(KnowledgeBase knowledge) => (intent, lang) =>
        knowledge.Find(intent) is { Answer: { } answer } topic && LanguageCodes.TryParse(lang, out var language)
            ? topic.Short is { } shortAnswer ? [shortAnswer.In(language), answer.In(language)] : [answer.In(language)]
            : [];
}
