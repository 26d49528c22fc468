using System.Reflection;
using ChatBot.Core.Privacy;
using LiteDB;

namespace ChatBot.Storage.LiteDb.Sealing;

/// <summary>
/// Teaches a mapper to seal every property marked <see cref="PersonalAttribute"/> as it writes a record and to open it
/// as it reads one, whatever the property's type (a text, a dictionary of answers, a message). Installed before any
/// type is mapped, since LiteDB asks about each member once, when it first maps the type.
/// </summary>
internal static class SealedMembers
{
    public static void Install(BsonMapper mapper, PersonalSeal seal)
    {
        mapper.ResolveMember = (_, member, mapped) =>
        {
            if (member.GetCustomAttribute<PersonalAttribute>() is not { } personal)
            {
                return;
            }

            var type = mapped.DataType;
            mapped.Serialize = (value, m) => seal.Seal(m.Serialize(type, value), personal.Matched ? value as string ?? "" : null);
            mapped.Deserialize = (stored, m) => m.Deserialize(type, seal.Unseal(stored));
        };
    }

    /// <summary>Whether <paramref name="type"/>, or a class it holds, has a personal property.</summary>
    public static bool Hold(Type type) => Holding(type, []);

    private static bool Holding(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type == typeof(string) || !type.IsClass || !seen.Add(type))
        {
            return false;
        }

        if (type.IsGenericType)
        {
            return type.GetGenericArguments().Any(argument => Holding(argument, seen));
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        return properties.Any(p => p.IsDefined(typeof(PersonalAttribute))) || properties.Any(p => Holding(p.PropertyType, seen));
    }
}
