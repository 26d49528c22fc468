using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Testing.InMemory;

/// <summary>
/// A time as LiteDB gives it back: a BSON date holds UTC milliseconds, so the offset becomes +00:00 and the ticks
/// below the millisecond are cut off. The extreme values are kept as they are, as LiteDB keeps them.
/// </summary>
internal sealed class StoredTime : JsonConverter<DateTimeOffset>
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        if (value == DateTimeOffset.MinValue || value == DateTimeOffset.MaxValue)
        {
            return new DateTimeOffset(value.UtcTicks, TimeSpan.Zero);
        }

        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetInt64(), TimeSpan.Zero);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Normalize(value).UtcTicks);
}
