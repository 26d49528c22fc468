using LiteDB;

namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>
/// A stored document with every sealed value in it sealed again under another key, and every keyed hash taken again:
/// what a key rotation writes into the new file. Plain values, and documents of any shape, pass through unchanged.
/// </summary>
internal static class Resealing
{
    /// <param name="count">How many sealed values were sealed anew.</param>
    public static BsonValue Reseal(BsonValue value, PersonalSeal from, PersonalSeal to, out int count)
    {
        var sealedAnew = 0;
        var result = Resealed(value, from, to, ref sealedAnew);
        count = sealedAnew;
        return result;
    }

    private static BsonValue Resealed(BsonValue value, PersonalSeal from, PersonalSeal to, ref int count)
    {
        if (PersonalSeal.IsMatched(value))
        {
            count++;
            var plain = from.Unseal(value);
            return to.Seal(plain, plain.IsString ? plain.AsString : "");
        }

        if (PersonalSeal.IsSealed(value))
        {
            count++;
            return to.Seal(from.Unseal(value));
        }

        if (value.IsDocument)
        {
            var document = new BsonDocument();
            foreach (var (name, inner) in value.AsDocument)
            {
                document[name] = Resealed(inner, from, to, ref count);
            }

            return document;
        }

        if (value.IsArray)
        {
            var array = new BsonArray();
            foreach (var item in value.AsArray)
            {
                array.Add(Resealed(item, from, to, ref count));
            }

            return array;
        }

        return value;
    }
}
