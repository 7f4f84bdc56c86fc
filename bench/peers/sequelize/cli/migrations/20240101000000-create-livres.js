'use strict';
// The Node application's first migration: the seed's Livres table (schema.js), under the name the catalogue's
// own first migration has, so that each program sees the other's record.
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('Livres', {
      ID: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      Nom: { type: Sequelize.STRING },
      NomSansEspaces: { type: Sequelize.STRING, allowNull: false },
      Presentation: { type: Sequelize.STRING(10000), allowNull: false },
      Description: { type: Sequelize.STRING },
      Couverture: { type: Sequelize.STRING },
      Prix: { type: Sequelize.FLOAT },
      Genre: { type: Sequelize.STRING },
      Accroche: { type: Sequelize.STRING },
      Lien: { type: Sequelize.STRING },
      Auteur: { type: Sequelize.STRING },
      Edition: { type: Sequelize.STRING },
      Quantite: { type: Sequelize.INTEGER },
      Annee: { type: Sequelize.INTEGER, allowNull: false },
      NbPages: { type: Sequelize.INTEGER, allowNull: false },
      Ventes: { type: Sequelize.FLOAT, allowNull: false },
      Arriere: { type: Sequelize.STRING, allowNull: false },
      Dos: { type: Sequelize.STRING, allowNull: false },
    });
    await queryInterface.bulkInsert('Livres', [{
      Nom: 'Le Petit Prince', NomSansEspaces: 'LePetitPrince', Presentation: 'Un conte', Prix: 8.9,
      Genre: 'Conte', Auteur: 'Saint-Exupéry', Edition: 'Gallimard', Quantite: 3, Annee: 1943, NbPages: 96,
      Ventes: 12.5, Arriere: 'images/prince-arriere.jpg', Dos: 'images/prince-dos.jpg',
    }]);
  },
  async down(queryInterface) {
    await queryInterface.dropTable('Livres');
  },
};
