using ChatBot.Core.Messages;
using ChatBot.Storage.LiteDb.Sealing;
using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// How the immutable message records map to BSON (LiteDB cannot construct records itself), and personal fields sealed
/// under <see cref="PersonalSeal"/>.
/// </summary>
internal static class BsonMappings
{
    public static BsonMapper Create(PersonalSeal seal)
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        SealedMembers.Install(mapper, seal);
        mapper.RegisterType(
            button => new BsonDocument { ["t"] = button.Title, ["p"] = button.Payload },
            bson => new Button(bson["t"].AsString, bson["p"].AsString));
        mapper.RegisterType(
            link => new BsonDocument { ["t"] = link.Title, ["u"] = link.Url },
            bson => new Link(bson["t"].AsString, bson["u"].AsString));
        mapper.RegisterType(
            attachment => new BsonDocument { ["name"] = attachment.FileName, ["type"] = attachment.MediaType, ["content"] = attachment.Content },
            bson => new Attachment(bson["name"].AsString, bson["type"].AsString, bson["content"].AsBinary));
        mapper.RegisterType(
            message => new BsonDocument
            {
                ["text"] = message.Text,
                ["buttons"] = new BsonArray(message.Buttons.Select(mapper.Serialize)),
                ["links"] = new BsonArray(message.Links.Select(mapper.Serialize)),
                ["from"] = message.From.ToString(),
                ["attachment"] = message.Attachment is { } attachment ? mapper.Serialize(attachment) : BsonValue.Null,
            },
            bson => new OutgoingMessage(
                bson["text"].AsString,
                bson["buttons"].AsArray.Select(b => mapper.Deserialize<Button>(b)).ToList(),
                bson["links"].AsArray.Select(l => mapper.Deserialize<Link>(l)).ToList(),
                Enum.Parse<MessageAuthor>(bson["from"].AsString),
                bson["attachment"].IsDocument ? mapper.Deserialize<Attachment>(bson["attachment"]) : null));
        mapper.RegisterType(
            text => new BsonDocument { ["ru"] = text.Ru, ["kk"] = text.Kk },
            bson => new ChatBot.Core.Knowledge.LocalizedText(bson["ru"].AsString, bson["kk"].AsString));
        mapper.RegisterType(
            topic => new BsonDocument { ["id"] = topic.Id, ["title"] = mapper.Serialize(topic.Title) },
            bson => new ChatBot.Core.Trainings.TrainingTopic(bson["id"].AsString, mapper.Deserialize<ChatBot.Core.Knowledge.LocalizedText>(bson["title"])));
        mapper.Entity<ChatBot.Core.Trainings.Trainee>().Id(t => t.ConversationId, autoId: false);
        mapper.Entity<ChatBot.Core.Trainings.Training>().Ignore(t => t.EndsAt).Ignore(t => t.IsOnline);
        mapper.Entity<ChatBot.Core.Trainings.Enrollment>().Ignore(e => e.HoldsSeat);
        return mapper;
    }
}
