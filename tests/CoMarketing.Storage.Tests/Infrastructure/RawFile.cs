using LiteDB;

namespace CoMarketing.Storage.Tests.Infrastructure;

/// <summary>Opens a store's LiteDB file directly (shared mode, as the store does) to look at or damage its documents.</summary>
public static class RawFile
{
    public static T Read<T>(string path, Func<LiteDatabase, T> body)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        return body(db);
    }

    public static void Edit(string path, Action<LiteDatabase> body)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Shared });
        body(db);
    }

    /// <summary>Changes one document of a collection in place.</summary>
    public static void EditDocument(string path, string collection, BsonValue id, Action<BsonDocument> change)
        => Edit(path, db =>
        {
            var documents = db.GetCollection(collection);
            var document = documents.FindById(id);
            change(document);
            documents.Update(document);
        });
}
