// graphql: a schema in SDL with resolvers, a query with variables and
// fragments, a mutation, a validation error and a resolver error.
import express from "express";
import { buildSchema, graphql } from "graphql";

const schema = buildSchema(`
  type Book { id: ID!, title: String!, author: Author! }
  type Author { name: String!, books: [Book!]! }
  type Query { book(id: ID!): Book, books: [Book!]!, fail: String }
  type Mutation { addBook(title: String!, author: String!): Book! }
`);
const books = [{ id: "1", title: "Dune", author: "Herbert" }, { id: "2", title: "Emma", author: "Austen" }];
const author = (name) => ({ name, books: () => books.filter((b) => b.author === name).map(book) });
const book = (b) => ({ ...b, author: () => author(b.author) });
const rootValue = {
  book: ({ id }) => {
    const b = books.find((x) => x.id === id);
    return b ? book(b) : null;
  },
  books: () => books.map(book),
  fail: () => {
    throw new Error("resolver failed");
  },
  addBook: ({ title, author: a }) => {
    const b = { id: String(books.length + 1), title, author: a };
    books.push(b);
    return book(b);
  },
};

export function setup(router) {
  router.post("/graphql", express.json(), async (req, res) => {
    const { query, variables, operationName } = req.body;
    res.json(await graphql({ schema, source: query, rootValue, variableValues: variables, operationName }));
  });
}
